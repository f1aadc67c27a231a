/** A 404 inside a municipality's portal (unknown page, or a module this municipality has off). */

import { NotFoundText } from '@/components/not-found-text'

export default function NotFound() {
  return <NotFoundText />
}
