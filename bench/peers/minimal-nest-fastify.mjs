// Peer (issue 18): the floor of a Nest route on Fastify in front of the same simulator route as the BFF: one route
// that awaits one `undici.request` and returns the envelope's `data`; no guard, log line, metric or validation.
// Plain JavaScript (decorators applied by hand) so it runs without a build.
//   TARGET_URL=<simulator> UPSTREAM_AUTHORIZATION='Bearer …' PORT=0 node bench/peers/minimal-nest-fastify.mjs
import 'reflect-metadata';
import { Controller, Get, Module, Param } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Pool } from 'undici';

const target = new URL(process.env.TARGET_URL ?? 'http://127.0.0.1:4010');
const upstream = new Pool(target.origin, { connections: 128, pipelining: 1 });
const headers = { authorization: process.env.UPSTREAM_AUTHORIZATION ?? '', accept: 'application/json' };

class CardsController {
  async card(cardId) {
    const answer = await upstream.request({ method: 'GET', path: `${target.pathname.replace(/\/$/, '')}/rest/cards/${cardId}`, headers });
    return JSON.parse(await answer.body.text()).data;
  }
}
Param('cardId')(CardsController.prototype, 'card', 0);
Reflect.decorate([Get(':cardId')], CardsController.prototype, 'card', Object.getOwnPropertyDescriptor(CardsController.prototype, 'card'));
Reflect.decorate([Controller('v1/wallet/cards')], CardsController);

class AppModule {}
Reflect.decorate([Module({ controllers: [CardsController] })], AppModule);

const app = await NestFactory.create(AppModule, new FastifyAdapter(), { logger: false });
await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.stdout.write(`minimal nest fastify listening on http://127.0.0.1:${app.getHttpServer().address().port}\n`);
process.on('SIGTERM', () => app.close().then(() => upstream.close()).then(() => process.exit(0)));
