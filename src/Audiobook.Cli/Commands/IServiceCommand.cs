namespace Audiobook.Cli.Commands;

/// <summary>A verb of the render service (<c>migrate</c>, <c>submit</c>, <c>status</c>, <c>worker</c>...): its host also wires
/// the service's database and job queue, so <c>ConnectionStrings:Audiobook</c> must be set. The local verbs never need it.</summary>
internal interface IServiceCommand : ICliCommand;
