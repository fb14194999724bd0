import type { ExportDocument, ExportLabels } from './export-model.ts';

/**
 * The answers as Markdown. Answers are quoted line by line ("> ") and never
 * escaped, so the trainee's exact words survive a copy back out of the file.
 */
export function toMarkdown(doc: ExportDocument, labels: ExportLabels): string {
  const out: string[] = [];
  out.push(`# ${labels.title}`, '');
  out.push(`- **${labels.trainee}:** ${doc.meta.traineeName}`);
  if (doc.meta.employeeId) out.push(`- **${labels.employeeId}:** ${doc.meta.employeeId}`);
  if (doc.meta.team) out.push(`- **${labels.team}:** ${doc.meta.team}`);
  out.push(`- **${labels.date}:** ${doc.dateText}`, `- **${labels.progress}:** ${doc.progressText}`, '');
  for (const part of doc.parts) {
    out.push(`## ${part.title}`, '');
    for (const section of part.sections) {
      out.push(`### ${section.title}`, '');
      for (const task of section.tasks) {
        out.push(`#### ${labels.taskPrefix} ${task.heading}`, '');
        if (task.note) out.push(`_${task.note}_`, '');
        for (const p of task.prompts) {
          if (p.question !== null) out.push(`**${p.question}**`, '');
          if (p.answer === null) out.push(`_${labels.noAnswer}_`, '');
          else out.push(...p.answer.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)), '');
        }
      }
    }
  }
  return out.join('\n');
}
