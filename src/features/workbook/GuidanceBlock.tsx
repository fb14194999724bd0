import type { GuidanceBlock as Block } from '../../domain/workbook/types.ts';

/** One piece of the workbook's guidance text (tasks are rendered by TaskCard). */
export function GuidanceBlock({ block }: { block: Exclude<Block, { type: 'task' }> }) {
  switch (block.type) {
    case 'heading':
      return <h4 className="wb-subheading">{block.text}</h4>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'note':
      return <p className="wb-note">{block.text}</p>;
    case 'bullets':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'numbered':
      return (
        <ol>
          {block.items.map((item) =>
            typeof item === 'string' ? (
              <li key={item}>{item}</li>
            ) : (
              <li key={item.text}>
                {item.text}
                <ol type="a">
                  {item.sub.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
              </li>
            ),
          )}
        </ol>
      );
  }
}
