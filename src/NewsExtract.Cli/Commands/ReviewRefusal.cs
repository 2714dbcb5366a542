using System.Text;
using NewsExtract.Output;

namespace NewsExtract.Cli.Commands;

/// <summary>What extract says when its outputs would replace review work: which files, what is in them, and how to go on.</summary>
internal static class ReviewRefusal
{
    public static string Message(IReadOnlyList<ReviewedSheet> reviewed)
    {
        var message = new StringBuilder();
        foreach (var sheet in reviewed)
        {
            message.Append($"{sheet.Path} holds review work ({sheet.Reason}); the new outputs would overwrite it.\n  ");
        }

        var (it, files) = reviewed.Count == 1 ? ("it", "file") : ("them", "files");
        var example = ReviewGuard.BackupName(Path.GetFileName(reviewed[0].Path), "<UTC time>", 1);
        return message.Append($"To go on, move the {files} out of the folder or choose another --out; or run again with --force, which keeps {it} beside the outputs as backups ({example}) and then writes the new outputs.").ToString();
    }
}
