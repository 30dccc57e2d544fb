using System.Collections.Immutable;
using Corpus.Extraction;
using Corpus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// Checks constant lookups against the corpus while the user types: Seeds.Entity("Robin Lee") names nothing
/// (CORPUS001, "did you mean 'Robin Li'?"), Seeds.Entity("Robin Li") could be Seeds.People.RobinLi
/// (CORPUS002). Arguments to the user's own parameters marked [CorpusKey] get the CORPUS001 check too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LookupAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownLookup,
        DiagnosticDescriptors.LookupCouldBeTyped);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var settings = CorpusSettings.Read(start.Options.AnalyzerConfigOptionsProvider);
            if (!settings.Enabled)
            {
                return;
            }

            var api = GeneratedApi.Find(start.Compilation, settings);
            start.RegisterOperationAction(operation => AnalyzeInvocation(operation, api), OperationKind.Invocation, OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, GeneratedApi api)
    {
        var (method, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation creation when creation.Constructor is not null => (creation.Constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method is null)
        {
            return;
        }

        var isLookup = api.IsLookup(method, out var lookup);
        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || argument.Value.ConstantValue is not { HasValue: true, Value: string text })
            {
                continue;
            }

            var checkedParameter = isLookup ? parameter.Ordinal == 0 : api.IsCorpusKey(parameter);
            if (checkedParameter)
            {
                Check(context, api, text, argument, isLookup ? lookup : null);
            }
        }
    }

    private static void Check(OperationAnalysisContext context, GeneratedApi api, string text, IArgumentOperation argument, string? lookup)
    {
        var index = CorpusSnapshot.Get(context.Options, context.CancellationToken).Index;
        var entities = lookup != GeneratedApi.QuoteMethod;
        var quotes = lookup is null or GeneratedApi.QuoteMethod;
        var found = (entities ? index.Entity(text) : null) ?? (quotes ? index.Quote(text) : null);
        var typedForm = lookup is GeneratedApi.EntityMethod or GeneratedApi.QuoteMethod;
        if (found is not null)
        {
            if (typedForm)
            {
                var member = $"{api.Settings.ClassName}.{found.Container}.{found.Member}";
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.Container, found.Container)
                    .Add(DiagnosticProperties.Member, found.Member)
                    .Add(DiagnosticProperties.Rewrite, DiagnosticProperties.RewriteMember);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LookupCouldBeTyped, context.Operation.Syntax.GetLocation(), properties, Shorten(text), member));
            }

            return;
        }

        var suggestion = index.Suggest(text, entities, quotes);
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        string advice;
        if (suggestion is not null)
        {
            advice = $"did you mean '{Shorten(suggestion.Text)}'?";
            builder.Add(DiagnosticProperties.Suggestion, suggestion.Text);
            builder.Add(DiagnosticProperties.Container, suggestion.Container);
            builder.Add(DiagnosticProperties.Member, suggestion.Member);
            builder.Add(DiagnosticProperties.Rewrite, typedForm ? DiagnosticProperties.RewriteMember : DiagnosticProperties.RewriteLiteral);
        }
        else
        {
            advice = entities && quotes
                ? $"check the spelling against {api.Settings.ClassName}.AllEntities and {api.Settings.ClassName}.AllQuotes, or add the entity to corpus.json"
                : entities
                    ? $"check the spelling against {api.Settings.ClassName}.AllEntities, or add the entity to corpus.json with \"add\": true"
                    : $"check the text against {api.Settings.ClassName}.AllQuotes";
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownLookup, argument.Value.Syntax.GetLocation(), builder.ToImmutable(), Shorten(text), advice));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
