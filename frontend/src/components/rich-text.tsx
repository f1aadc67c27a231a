/** Lexical rich text from the CMS, rendered with Payload's own converter for React. */
import { RichText as PayloadRichText } from '@payloadcms/richtext-lexical/react'

type Data = Parameters<typeof PayloadRichText>[0]['data']

export function RichText({ data }: { data: unknown }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <PayloadRichText data={data as Data} className="rich-text" />
}
