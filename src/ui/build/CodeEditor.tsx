import { useEffect, useRef } from 'react'
import { basicSetup, EditorView } from 'codemirror'
import { javascript } from '@codemirror/lang-javascript'
import { setDiagnostics } from '@codemirror/lint'
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { tags } from '@lezer/highlight'
import type { CodeLocation } from '../../kernel/learner/learnerCodeProblem'

export interface CodeEditorProps {
  /** The accessible name of the editing area. */
  readonly label: string
  readonly value: string
  onChange(value: string): void
  /** Marked in the editor at its line and column. */
  readonly problem: { readonly message: string; readonly location: CodeLocation | null } | null
}

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--panel)', color: 'var(--text)', fontSize: '0.85rem', height: '100%' },
  '.cm-content': { caretColor: 'var(--text)', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  '.cm-gutters': { backgroundColor: 'var(--bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--accent) 8%, transparent)' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
  '.cm-scroller': { overflow: 'auto' },
})

/** Token colours from the page's palette (styles.css), so they read in light and dark alike. */
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword], color: 'var(--code-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--code-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'var(--code-type)' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: 'var(--code-function)' },
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--code-property)' },
])

/** CodeMirror 6 with TypeScript highlighting: the Build view's editor. Loaded only when that view opens. */
export default function CodeEditor({ label, value, onChange, problem }: CodeEditorProps) {
  const parent = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  }, [onChange])
  // The editor is made once, from the first text and name; later text arrives through the effect below.
  const first = useRef({ value, label })

  useEffect(() => {
    const host = parent.current
    if (!host) return
    // In a shadow root CodeMirror styles itself with constructed style sheets, which the page's
    // Content-Security-Policy allows; in the document it would add <style> elements, which it refuses.
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
    const mount = document.createElement('div')
    mount.style.height = '100%'
    root.append(mount)
    const editor = new EditorView({
      root,
      parent: mount,
      doc: first.current.value,
      extensions: [
        basicSetup,
        javascript({ typescript: true }),
        syntaxHighlighting(highlight),
        theme,
        EditorView.contentAttributes.of({ 'aria-label': first.current.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) changed.current(update.state.doc.toString())
        }),
      ],
    })
    view.current = editor
    return () => {
      editor.destroy()
      mount.remove()
      view.current = null
    }
  }, [])

  useEffect(() => {
    const editor = view.current
    if (!editor || editor.state.doc.toString() === value) return
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } })
  }, [value])

  useEffect(() => {
    const editor = view.current
    if (!editor) return
    const { doc } = editor.state
    if (!problem?.location || problem.location.line > doc.lines) {
      editor.dispatch(setDiagnostics(editor.state, []))
      return
    }
    const line = doc.line(problem.location.line)
    const from = Math.min(line.from + problem.location.column - 1, line.to)
    const to = Math.max(from + 1, line.to)
    // Marked, and scrolled to: the learner sees the line without looking for it.
    editor.dispatch(setDiagnostics(editor.state, [{ from, to, severity: 'error', message: problem.message }]), {
      effects: EditorView.scrollIntoView(from, { y: 'center' }),
    })
  }, [problem, value])

  return <div ref={parent} className="code-editor" />
}
