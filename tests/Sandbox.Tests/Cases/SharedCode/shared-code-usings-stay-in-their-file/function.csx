// A shared code file's usings are its own: the function has only the default imports.
CultureInfo culture = Parsing.Culture;
return culture.Name;
