/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL types are loosely shaped */
/**
 * GraphQL for the portal: `bookAppointment` and `cancelAppointment`, the module's commands (the SDK adds the
 * `municipality` argument and refuses where MuniAgenda is off; the same commands are served as REST). Offices,
 * slots (with `remaining`) and a person's own bookings are Payload's collection queries: `AgendaOffices`,
 * `AgendaSlots`, `AgendaBookings`.
 */
import type { GraphQLExtension } from 'payload'

import { bookAppointment } from '../commands/bookAppointment'
import { cancelAppointment } from '../commands/cancelAppointment'

export const muniAgendaMutations: GraphQLExtension = (G) => {
  const NN = (type: any) => new G.GraphQLNonNull(type)
  // Prefixed: Payload names its own types after the collections (AgendaBooking…); a clash breaks all of GraphQL.
  const appointment = new G.GraphQLObjectType({
    name: 'MuniAgendaAppointment',
    fields: {
      id: { type: NN(G.GraphQLString) },
      slot: { type: NN(G.GraphQLString) },
      startsAt: { type: NN(G.GraphQLString) },
      status: { type: NN(G.GraphQLString) },
    },
  })
  return {
    bookAppointment: {
      type: NN(appointment),
      args: { slot: { type: NN(G.GraphQLString) } },
      resolve: bookAppointment.resolver,
    },
    cancelAppointment: {
      type: NN(appointment),
      args: { booking: { type: NN(G.GraphQLString) } },
      resolve: cancelAppointment.resolver,
    },
  }
}
