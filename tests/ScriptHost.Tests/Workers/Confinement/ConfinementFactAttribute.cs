namespace ScriptHost.Tests.Workers.Confinement;

/// <summary>
/// A fact that needs real confinement on this machine: reported as skipped, naming what is missing, where it is
/// absent (xunit 2 has no runtime skip, so the decision is made when the test is discovered).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConfinementFactAttribute : FactAttribute
{
    public ConfinementFactAttribute(ConfinementNeeds needs)
    {
        var missing = new List<string>();
        if (needs.HasFlag(ConfinementNeeds.Cgroups) && ConfinementPrerequisites.CgroupsMissing is { } cgroups)
        {
            missing.Add(cgroups);
        }

        if (needs.HasFlag(ConfinementNeeds.Bubblewrap) && ConfinementPrerequisites.BubblewrapMissing is { } bubblewrap)
        {
            missing.Add(bubblewrap);
        }

        if (missing.Count > 0)
        {
            Skip = "Needs " + string.Join("; ", missing);
        }
    }
}

/// <summary>What a <see cref="ConfinementFactAttribute"/> test needs from the machine.</summary>
[Flags]
public enum ConfinementNeeds
{
    Cgroups = 1,
    Bubblewrap = 2,
}
