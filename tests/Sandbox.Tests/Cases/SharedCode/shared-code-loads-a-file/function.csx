return A.One();
