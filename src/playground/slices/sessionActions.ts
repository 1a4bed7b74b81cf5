import type { RaceSession, ScriptedRace } from '../../kernel/learn/types'
import type { CommandSession, SessionCommand } from './commandSession'
import type { PlaygroundState, SessionName } from '../state'

type Get = () => PlaygroundState

/** The session a name stands for: this tab's, or one pane of the conflict lab. */
export function sessionOf(state: PlaygroundState, name: SessionName): CommandSession {
  return name === 'commands' ? state.commands : state.lab[name]
}

/**
 * Waits before each step of a scripted race, told what comes next ("Tab B sends AddItem"): a
 * timer for a slow replay, or the learner's Next step. Without one, a race runs at once.
 */
export type RacePace = (next: string) => Promise<void>

/** A lab pane as a scripted race drives it, each action waiting for the pace first. */
function paced(session: CommandSession, label: string, pace: RacePace | undefined): RaceSession {
  if (!pace) return session
  return {
    getState: () => ({
      async load(target) {
        await pace(`${label} loads ${target}`)
        await session.getState().load(target)
      },
      async submit(command) {
        await pace(`${label} sends ${command.type}`)
        await session.getState().submit(command)
      },
      async reloadAndRetry() {
        await pace(`${label} reloads and retries`)
        await session.getState().reloadAndRetry()
      },
    }),
  }
}

/**
 * Every write the panels make to a command session or the lab, as one action each of the app
 * store: the panels never reach into a session's own store to change it.
 */
export function createSessionActions(
  get: Get,
): Pick<
  PlaygroundState,
  | 'loadInSession'
  | 'submitInSession'
  | 'reloadAndRetry'
  | 'discardPending'
  | 'dismissFeedback'
  | 'reportFormError'
  | 'setLabAutoRetry'
  | 'replayRace'
  | 'clearRaceSteps'
> {
  const session = (name: SessionName) => sessionOf(get(), name).getState()
  return {
    loadInSession: (name, target) => session(name).load(target),
    submitInSession: (name, command: SessionCommand) => session(name).submit(command),
    reloadAndRetry: (name) => session(name).reloadAndRetry(),
    discardPending: (name) => session(name).discard(),
    dismissFeedback: (name) => session(name).dismiss(),
    reportFormError: (name, text) => session(name).reportError(text),
    setLabAutoRetry(on) {
      session('tabA').setAutoRetry(on)
      session('tabB').setAutoRetry(on)
    },
    async replayRace(race: ScriptedRace, target: string, pace?: RacePace) {
      const { tabA, tabB, recorder } = get().lab
      recorder.getState().clear()
      await race.run(paced(tabA, 'Tab A', pace), paced(tabB, 'Tab B', pace), target)
    },
    clearRaceSteps: () => get().lab.recorder.getState().clear(),
  }
}
