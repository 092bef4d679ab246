"""The domain and its project file. This package imports no Qt, ever."""
