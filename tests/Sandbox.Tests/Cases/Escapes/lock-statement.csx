// A lock taken on an object every service shares would block other tenants' invocations past the time limit.
var gate = "shared";
lock (gate)
{
    return 1;
}
