package extract

// attach gives each attribution its claim date and figures.
func (d *doc) attach() {}
