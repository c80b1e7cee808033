"""The engine: truth tables, networks, losses, training and the weights file. numpy only, no Qt."""
