return new Exception().GetType().Name;
