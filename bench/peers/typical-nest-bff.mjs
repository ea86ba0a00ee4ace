// Peer (issue 18): a typical NestJS BFF route as most teams write one, in front of the same simulator route as the
// BFF: the Express adapter, @nestjs/axios through `firstValueFrom`, an API-key guard, one pino line and one
// Prometheus histogram sample per request. Plain JavaScript (decorators applied by hand) so it runs without a build.
//   TARGET_URL=<simulator> UPSTREAM_AUTHORIZATION='Bearer …' PEER_API_KEY=… PORT=0 node bench/peers/typical-nest-bff.mjs
import 'reflect-metadata';
import { HttpModule, HttpService } from '@nestjs/axios';
import { Controller, Get, Inject, Injectable, Module, Param, UnauthorizedException, UseGuards } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { pino } from 'pino';
import { Histogram, Registry } from 'prom-client';
import { firstValueFrom } from 'rxjs';

const target = process.env.TARGET_URL ?? 'http://127.0.0.1:4010';
const upstreamAuthorization = process.env.UPSTREAM_AUTHORIZATION ?? '';
const apiKeys = new Set((process.env.PEER_API_KEY ?? '').split(',').filter(Boolean));
const logger = pino({ level: 'info' });
const registry = new Registry();
const requests = new Histogram({ name: 'http_request_duration_seconds', help: 'Requests', labelNames: ['method', 'route', 'status'], registers: [registry] });

class ApiKeyGuard {
  canActivate(context) {
    const header = context.switchToHttp().getRequest().headers.authorization ?? '';
    const key = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!apiKeys.has(key)) throw new UnauthorizedException('Unknown API key');
    return true;
  }
}
Reflect.decorate([Injectable()], ApiKeyGuard);

class CardsController {
  constructor(http) {
    this.http = http;
  }

  async card(cardId) {
    const response = await firstValueFrom(this.http.get(`${target}/rest/cards/${cardId}`, { headers: { authorization: upstreamAuthorization } }));
    return response.data.data;
  }
}
Inject(HttpService)(CardsController, undefined, 0);
Param('cardId')(CardsController.prototype, 'card', 0);
Reflect.decorate([Get(':cardId'), UseGuards(ApiKeyGuard)], CardsController.prototype, 'card', Object.getOwnPropertyDescriptor(CardsController.prototype, 'card'));
Reflect.decorate([Controller('v1/wallet/cards')], CardsController);

class AppModule {}
Reflect.decorate([Module({ imports: [HttpModule], controllers: [CardsController], providers: [ApiKeyGuard] })], AppModule);

const app = await NestFactory.create(AppModule, new ExpressAdapter(), { logger: false });
// The request line and the histogram sample, once the response is finished (as pino-http and most metrics middleware do).
app.use((req, res, next) => {
  const started = performance.now();
  res.on('finish', () => {
    const route = req.route?.path ?? 'unmatched';
    const seconds = (performance.now() - started) / 1000;
    requests.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
    logger.info({ method: req.method, route, status: res.statusCode, durationMs: Math.round(seconds * 10000) / 10 }, 'request completed');
  });
  next();
});
await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.stdout.write(`typical nest bff listening on http://127.0.0.1:${app.getHttpServer().address().port}\n`);
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
