"""Perceptron GUI: learn how a neural network learns, from one perceptron to hidden layers."""

__version__ = "0.1.0"
