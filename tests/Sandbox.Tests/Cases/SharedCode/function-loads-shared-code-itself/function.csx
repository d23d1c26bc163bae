#load "lib/b.cs"
return B.One();
