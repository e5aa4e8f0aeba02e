"""Reading and writing other formats: JSON interchange, evidence import, merge. No Qt."""
