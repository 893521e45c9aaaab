"""Static archive site generator for newspapers: raw page text → articles → site → search."""
__version__ = "0.1.0"
