#load "lib/b.cs"
public static class A { public static int One() => B.One(); }
