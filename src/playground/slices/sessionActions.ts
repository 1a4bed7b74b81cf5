import type { ScriptedRace } from '../../kernel/learn/types'
import type { CommandSession, SessionCommand } from './commandSession'
import type { PlaygroundState, SessionName } from '../state'

type Get = () => PlaygroundState

/** The session a name stands for: this tab's, or one pane of the conflict lab. */
export function sessionOf(state: PlaygroundState, name: SessionName): CommandSession {
  return name === 'commands' ? state.commands : state.lab[name]
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
    async replayRace(race: ScriptedRace, target: string) {
      const { tabA, tabB, recorder } = get().lab
      recorder.getState().clear()
      await race.run(tabA, tabB, target)
    },
    clearRaceSteps: () => get().lab.recorder.getState().clear(),
  }
}
