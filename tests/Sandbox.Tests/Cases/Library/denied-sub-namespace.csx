using TestLibrary.Messages.Internal;

return Diagnostics.Dump();
