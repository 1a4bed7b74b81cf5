import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import {
  ConcurrencyError,
  DuplicateEventIdError,
  ImportConflictError,
  InvalidAppendError,
} from '../../src/kernel/eventstore'

/** A refusal the server says in so many words: a status, a name the client maps back, a sentence. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** PostgreSQL cannot be reached (or was restarted mid-request): worth trying again shortly. */
function isDatabaseDown(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const { code, message } = error as { code?: string; message?: string }
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08006', '08001', '08003'].includes(
      code ?? '',
    ) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
      message ?? '',
    )
  )
}

/** The body every refusal has: `error` names it (the event store's error names where it is one of them). */
function describe(error: unknown, bodyLimit: (request: FastifyRequest) => number, request: FastifyRequest) {
  if (error instanceof HttpRefusal) return { status: error.status, body: { error: error.code, message: error.message } }
  if (error instanceof InvalidAppendError)
    return { status: 400, body: { error: error.name, field: error.field, message: error.message } }
  if (error instanceof ConcurrencyError)
    return {
      status: 409,
      body: {
        error: error.name,
        message: error.message,
        streamId: error.streamId,
        expectedVersion: error.expectedVersion,
        actualVersion: error.actualVersion,
      },
    }
  if (error instanceof DuplicateEventIdError)
    return { status: 409, body: { error: error.name, eventId: error.eventId, message: error.message } }
  if (error instanceof ImportConflictError)
    return { status: 409, body: { error: error.name, streams: error.streams, message: error.message } }
  const fastifyCode = (error as FastifyError).code
  if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return {
      status: 413,
      body: {
        error: 'BodyTooLarge',
        message: `The request body is over this server's limit of ${bodyLimit(request).toLocaleString('en')} bytes: nothing was written.`,
      },
    }
  if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return { status: 415, body: { error: 'UnsupportedMediaType', message: 'Send the body as application/json.' } }
  if (
    fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    error instanceof SyntaxError
  )
    return {
      status: 400,
      body: { error: 'MalformedJson', message: 'The request body is not valid JSON: nothing was written.' },
    }
  if (isDatabaseDown(error))
    return {
      status: 503,
      body: {
        error: 'DatabaseUnavailable',
        message: "The shared store's database cannot be reached right now: nothing was written. Try again in a moment.",
      },
    }
  return {
    status: 500,
    body: { error: 'ServerError', message: 'The shared store failed unexpectedly: nothing was written.' },
  }
}

/** Fastify's error handler: a clear JSON refusal for everything, details of unexpected failures only in the log. */
export function errorHandler(bodyLimit: (request: FastifyRequest) => number) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = describe(error, bodyLimit, request)
    if (status >= 500 && status !== 503) request.log.error({ err: error }, 'unexpected failure')
    return reply.status(status).send(body)
  }
}
