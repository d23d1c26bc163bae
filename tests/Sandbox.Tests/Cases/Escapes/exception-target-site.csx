try
{
    throw new InvalidOperationException();
}
catch (Exception e)
{
    return e.TargetSite?.Name;
}
