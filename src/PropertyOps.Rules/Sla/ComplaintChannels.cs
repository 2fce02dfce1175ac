using System;

namespace PropertyOps.Rules.Sla;

/// <summary>A set of channels a deadline rule applies to.</summary>
[Flags]
public enum ComplaintChannels
{
    /// <summary>No channel.</summary>
    None = 0,

    /// <summary>Phone.</summary>
    Phone = 1,

    /// <summary>Visit (来访).</summary>
    Visit = 2,

    /// <summary>Written (书面).</summary>
    Written = 4,

    /// <summary>Patrol.</summary>
    Patrol = 8,

    /// <summary>Online.</summary>
    Online = 16,

    /// <summary>Repair order (维修单).</summary>
    RepairOrder = 32,

    /// <summary>Every channel but repair orders (whose visits follow their appointment).</summary>
    AllButRepairOrders = Phone | Visit | Written | Patrol | Online,

    /// <summary>Every channel.</summary>
    All = AllButRepairOrders | RepairOrder,
}
