export * from './application.module';
