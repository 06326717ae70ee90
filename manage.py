#!/usr/bin/env python
"""Django's administrative entry point; operators use the equivalent ``tdkt`` command."""

from tdkt.cli import main

if __name__ == "__main__":
    main()
