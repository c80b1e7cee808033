"""What a trained network does not show by itself: ReLU units that have died."""

from __future__ import annotations

import numpy as np

from perceptron_gui.core.network import Network


def dead_units(network: Network, inputs: np.ndarray) -> list[tuple[int, int]]:
    """(layer index, unit index) of each ReLU unit whose output is 0 on every row of `inputs`.

    Such a unit has z ≤ 0 everywhere, so f'(z) = 0: no gradient reaches it or the weights below
    it through it, and training cannot bring it back. Layers count from 0, the first hidden
    layer; an output layer with ReLU is included (a dead output unit is stuck at 0 too).
    Leaky ReLU, ELU and the others always pass some gradient and are never dead.
    """
    x = np.atleast_2d(np.asarray(inputs, dtype=np.float64))
    ws = network.workspace(len(x))
    ws.inputs[:, 1:] = x
    with np.errstate(over="ignore", invalid="ignore"):  # a diverged network's z can overflow
        network.forward(ws)
    found = []
    for index, (spec, layer) in enumerate(zip(network.specs, ws.layers)):
        if spec.activation == "relu":
            found += [(index, int(unit)) for unit in np.flatnonzero(np.all(layer.z <= 0.0, axis=0))]
    return found
