"""The two consoles every command prints to: results on stdout, progress and messages on stderr."""

from rich.console import Console

console = Console(stderr=True, soft_wrap=True)  # messages: paths and counts stay on one line
out = Console()  # results, so that `kg query --json > rows.json` holds nothing else
