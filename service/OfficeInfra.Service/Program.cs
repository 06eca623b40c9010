// Placeholder entry point; the CLI and HTTP host arrive with the foundation and service issues.
return 0;
