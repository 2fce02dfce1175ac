using System;

namespace PropertyOps.Rules.Sla;

/// <summary>A set of complaint classes a deadline rule applies to.</summary>
[Flags]
public enum ComplaintClasses
{
    /// <summary>No class.</summary>
    None = 0,

    /// <summary>Unreasonable complaints (C4).</summary>
    Unreasonable = 1,

    /// <summary>General complaints.</summary>
    General = 2,

    /// <summary>Major complaints.</summary>
    Major = 4,

    /// <summary>Emergencies.</summary>
    Emergency = 8,

    /// <summary>Major complaints and emergencies (C7, C8).</summary>
    MajorOrEmergency = Major | Emergency,

    /// <summary>Every reasonable complaint: general, major and emergency.</summary>
    Reasonable = General | Major | Emergency,

    /// <summary>Every class.</summary>
    All = Unreasonable | General | Major | Emergency,
}
