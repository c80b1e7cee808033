"""One BLAS thread for the whole program.

The engine's matrices are small (at most 256 rows × 257 columns), too small for OpenBLAS's extra
threads to pay. On a machine with few cores they spin against the other work (the window, other
programs) instead: on this 2-core machine under load, the 8-input [64, 64] network trained at
31 epochs/s with OpenBLAS's default threads and at 4,186 with one. The CLI, the window and the
training process each call this.
"""

from __future__ import annotations

from threadpoolctl import threadpool_limits


def use_one_blas_thread() -> None:
    """Limit every BLAS library numpy loaded to one thread, from now on."""
    threadpool_limits(limits=1, user_api="blas")
