"""`python -m perceptron_gui`: the same program as `perceptron-gui`."""

import sys

from perceptron_gui.cli import main

sys.exit(main())
