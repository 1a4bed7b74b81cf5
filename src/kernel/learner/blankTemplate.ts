// The blank template of the Build view: the smallest domain that runs. It imports nothing but types.
import type { LearnerDomain } from './learnerDomain'

interface State {
  thingId: string
  name: string
}
type Command = { type: 'CreateThing'; thingId: string; name: string }
type Event = { type: 'ThingCreated'; data: { thingId: string; name: string } }

const domain: LearnerDomain<Command, Event, State> = {
  category: 'Thing',
  title: 'Thing',
  entityName: 'thing',
  idField: 'thingId',
  events: {
    ThingCreated: { thingId: 'text', name: 'text' },
  },
  commands: [
    {
      type: 'CreateThing',
      label: 'Create thing',
      fields: [
        { name: 'thingId', label: 'Thing ID', kind: 'id', defaultValue: 'thing-1' },
        { name: 'name', label: 'Name', kind: 'text', defaultValue: 'A thing' },
      ],
    },
  ],
  initialState: { thingId: '', name: '' },
  decide(command, state) {
    if (state.thingId !== '') return { error: `${command.thingId} already exists.` }
    return [{ type: 'ThingCreated', data: { thingId: command.thingId, name: command.name } }]
  },
  evolve(state, event) {
    return { ...state, thingId: event.data.thingId, name: event.data.name }
  },
}

export default domain
