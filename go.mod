module sumber

go 1.26.8
