import KrelCore
