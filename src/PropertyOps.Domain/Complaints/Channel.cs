namespace PropertyOps.Domain.Complaints;

/// <summary>How a complaint reached the company (rule C1).</summary>
public enum Channel
{
    /// <summary>By phone.</summary>
    Phone = 1,

    /// <summary>A visit to the service centre (来访).</summary>
    Visit = 2,

    /// <summary>In writing (书面投诉); needs a written reply (C17).</summary>
    Written = 3,

    /// <summary>Found or received on a patrol (巡查).</summary>
    Patrol = 4,

    /// <summary>Online (app, WeChat, web).</summary>
    Online = 5,

    /// <summary>A repair order (维修单) with an appointment time (C20).</summary>
    RepairOrder = 6,
}
