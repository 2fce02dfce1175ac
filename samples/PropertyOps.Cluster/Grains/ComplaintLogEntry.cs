using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Orleans;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;
using PropertyOps.Cluster.Contracts;
using PropertyOps.Cluster.Storage;
using PropertyOps.Domain.Calendars;
using PropertyOps.Domain.Complaints;
using PropertyOps.Rules.Serialization;
using PropertyOps.Rules.Sla;

namespace PropertyOps.Cluster.Grains;

/// <summary>One stored event of a complaint's log: the library's JSON of the event (ComplaintEventJson), which Orleans copies as it is.</summary>
[GenerateSerializer, Immutable]
public sealed record ComplaintLogEntry([property: Id(0)] string Json);
