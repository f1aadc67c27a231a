/** Lexical rich-text values built from plain paragraphs (and an optional heading). */
type Node = Record<string, unknown>

const textNode = (text: string): Node => ({
  type: 'text',
  text,
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
})

const block = (type: 'paragraph' | 'heading', text: string, extra: Node = {}): Node => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [textNode(text)],
  ...(type === 'paragraph' ? { textFormat: 0, textStyle: '' } : {}),
  ...extra,
})

export const richText = (paragraphs: string[], heading?: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [
      ...(heading ? [block('heading', heading, { tag: 'h2' })] : []),
      ...paragraphs.map((p) => block('paragraph', p)),
    ],
  },
})
