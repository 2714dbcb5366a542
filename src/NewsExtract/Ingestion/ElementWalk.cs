using AngleSharp.Dom;

namespace NewsExtract.Ingestion;

/// <summary>Elements in document order, read from the child lists by index: AngleSharp's own tree walk searches a
/// parent's list for each next sibling, and a selector pass builds a list of the whole page first.</summary>
internal static class ElementWalk
{
    /// <summary>The root's descendant elements (as <c>QuerySelectorAll("*")</c>); the tree must not change meanwhile.</summary>
    public static IEnumerable<IElement> Below(IElement root)
    {
        var pending = new Stack<IElement>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            yield return element;
            PushChildren(pending, element);
        }
    }

    /// <summary>Pushes the element's children last to first, so that they pop in document order.</summary>
    public static void PushChildren(Stack<IElement> pending, IElement element)
    {
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
                pending.Push(child);
        }
    }
}
