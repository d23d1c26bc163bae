System.Diagnostics.Process.Start("sh");
return 1;
