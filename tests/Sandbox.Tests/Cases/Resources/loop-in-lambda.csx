// The loop lives in a lambda: closures are guarded like any method.
Action spin = () => { while (true) { } };
spin();
