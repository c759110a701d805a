"""framing-study: measure how news outlets framed the same event.

Data flows one way: corpus -> text -> measures -> tables -> figures.
"""

__version__ = "0.1.0"
