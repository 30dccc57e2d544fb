using System.Collections.Immutable;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// CORPUS003: code that depends on seed content the seeds no longer hold. Two cases: a use of a tombstone
/// member (the generator keeps a member seeds.lock.json records as [Obsolete("CORPUS003: …")] so the build
/// still compiles), and a [SeedQuote("…")] or [SeedEntity("…")] whose text no seed contains any more.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaleReferenceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.StaleReference);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var settings = CorpusSettings.Read(start.Options.AnalyzerConfigOptionsProvider);
            var api = GeneratedApi.Find(start.Compilation, settings);
            if (api.Seeds is not null)
            {
                start.RegisterOperationAction(
                    operation => AnalyzeReference(operation, api),
                    OperationKind.PropertyReference,
                    OperationKind.FieldReference,
                    OperationKind.MethodReference,
                    OperationKind.EventReference,
                    OperationKind.Invocation);
            }

            if (settings.Enabled)
            {
                start.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, api), SyntaxKind.Attribute);
            }
        });
    }

    private static void AnalyzeReference(OperationAnalysisContext context, GeneratedApi api)
    {
        ISymbol? symbol = context.Operation switch
        {
            IMemberReferenceOperation reference => reference.Member,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };
        var detail = api.TombstoneMessage(symbol);
        if (detail is null)
        {
            return;
        }

        var advice = detail.Length > 0 ? detail.TrimEnd('.') : "move the code to a current member, then update seeds.lock.json";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.StaleReference,
            context.Operation.Syntax.GetLocation(),
            Replacement(context, symbol!),
            $"'{GeneratedApi.DisplayName(symbol!)}' no longer exists in the seeds and is kept only because seeds.lock.json records it",
            advice));
    }

    /// <summary>The current member the corpus names as the tombstone's replacement, for the code fix.</summary>
    private static ImmutableDictionary<string, string?> Replacement(OperationAnalysisContext context, ISymbol symbol)
    {
        var corpus = CorpusSnapshot.Get(context.Options, context.CancellationToken).Corpus;
        var container = symbol.ContainingType?.Name;
        foreach (var tombstone in corpus.Tombstones)
        {
            if (tombstone.Container != container || tombstone.MemberName != symbol.Name || tombstone.ReplacementKey is not { } key)
            {
                continue;
            }

            foreach (var entity in corpus.Entities)
            {
                if (entity.Key == key)
                {
                    return Target(Containers.Of(entity.Kind), entity.MemberName);
                }
            }

            foreach (var quote in corpus.Quotes)
            {
                if (quote.Key == key)
                {
                    return Target(Containers.Quotes, quote.MemberName);
                }
            }
        }

        return ImmutableDictionary<string, string?>.Empty;
    }

    private static ImmutableDictionary<string, string?> Target(string container, string member)
        => ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.Container, container)
            .Add(DiagnosticProperties.Member, member)
            .Add(DiagnosticProperties.Rewrite, DiagnosticProperties.RewriteMember);

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, GeneratedApi api)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is not { Arguments.Count: > 0 } arguments
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return;
        }

        var isQuote = api.IsMarker(constructor.ContainingType, GeneratedApi.SeedQuoteAttribute);
        var isEntity = !isQuote && api.IsMarker(constructor.ContainingType, GeneratedApi.SeedEntityAttribute);
        if (!isQuote && !isEntity)
        {
            return;
        }

        var expression = arguments.Arguments[0].Expression;
        if (context.SemanticModel.GetConstantValue(expression, context.CancellationToken) is not { HasValue: true, Value: string text })
        {
            return;
        }

        var index = CorpusSnapshot.Get(context.Options, context.CancellationToken).Index;
        if (isQuote ? index.ContainsPassage(text) : index.ContainsName(text))
        {
            return;
        }

        var closest = isQuote ? index.ClosestQuote(text) : index.Suggest(text, entities: true, quotes: false);
        var properties = ImmutableDictionary<string, string?>.Empty;
        string advice;
        if (closest is not null)
        {
            properties = properties.Add(DiagnosticProperties.Suggestion, closest.Text);
            advice = $"the closest current {(isQuote ? "quotation" : "name")} is '{Shorten(closest.Text)}'; update the attribute";
        }
        else
        {
            advice = isQuote ? "update the text to a passage the seeds hold, or remove the attribute" : "update the name to an entity the seeds hold, or remove the attribute";
        }

        var what = isQuote ? $"[SeedQuote] text '{Shorten(text)}' no longer appears in the seeds" : $"[SeedEntity] name '{Shorten(text)}' no longer names an entity in the seeds";
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StaleReference, expression.GetLocation(), properties, what, advice));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
