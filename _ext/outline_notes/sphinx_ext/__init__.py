"""The Sphinx parts: page generation at build time, the follow-up directives, nodes,
visitors and domain, the links page, and the bounded sidebar. The only layer that imports
Sphinx; it calls down into :mod:`..writing` and :mod:`..reading`, never the other way.
"""
