public static class B { public static int One() => 1; }
