// Only names and flags: BaseType would hand out further Type objects for no need a name does not meet.
return new ArgumentNullException().GetType().BaseType?.Name;
