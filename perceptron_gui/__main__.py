"""`python -m perceptron_gui`: the same program as `perceptron-gui`."""

import sys

from perceptron_gui.cli import main

if __name__ == "__main__":  # not when the training process (spawned) imports this module again
    sys.exit(main())
